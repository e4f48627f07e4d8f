// The accessibility statement, in the GOV.UK format public-sector bodies publish. Reachable without
// signing in (from the sign-in screen) and from More. Keep it true: when a known problem is fixed
// or a new one found, change "howX"/"nonX" in both catalogues and the prepared date below.
import { Link } from 'react-router';
import { useT } from '#client/i18n/index';
import { formatLongDate } from '#client/i18n/format';

/** When this statement was prepared and last reviewed (ISO date). */
export const STATEMENT_PREPARED = '2026-12-05';

const can = ['canLanguage', 'canColours', 'canReflow', 'canKeyboard', 'canScreenReader'] as const;
const known = ['howMap', 'howPdf', 'howWelsh'] as const;
const sections = [
  ['contactHeading', 'contactBody'],
  ['reportHeading', 'reportBody'],
  ['enforcementHeading', 'enforcementBody'],
  ['technicalHeading', 'technicalBody'],
] as const;

/**
 * `standalone`: the public page (/accessibility, no sign-in), with its own header and main;
 * otherwise it sits in the app shell (/more/accessibility) and goes back to More.
 */
export function AccessibilityStatement({ standalone }: { standalone: boolean }) {
  const t = useT();
  const date = formatLongDate(STATEMENT_PREPARED);
  const back = standalone ? '/sign-in' : '/more';
  const content = (
    <article className="statement">
      <title>{t('app.title', { screen: t('accessibility.title') })}</title>
      <p>
        <Link to={back}>{t('accessibility.back')}</Link>
      </p>
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <p>{t('accessibility.aim')}</p>
      <ul>
        {can.map((key) => (
          <li key={key}>{t(`accessibility.${key}`)}</li>
        ))}
      </ul>
      <h2>{t('accessibility.howHeading')}</h2>
      <p>{t('accessibility.howBody')}</p>
      <ul>
        {known.map((key) => (
          <li key={key}>{t(`accessibility.${key}`)}</li>
        ))}
      </ul>
      {sections.map(([heading, body]) => (
        <section key={heading}>
          <h2>{t(`accessibility.${heading}`)}</h2>
          <p>{t(`accessibility.${body}`)}</p>
        </section>
      ))}
      <h3>{t('accessibility.complianceHeading')}</h3>
      <p>{t('accessibility.complianceBody')}</p>
      <h3>{t('accessibility.nonAccessibleHeading')}</h3>
      <ul>
        <li>{t('accessibility.nonMap')}</li>
        <li>{t('accessibility.nonPdf')}</li>
      </ul>
      <h2>{t('accessibility.testingHeading')}</h2>
      <p>{t('accessibility.testingBody')}</p>
      <h2>{t('accessibility.improvingHeading')}</h2>
      <p>{t('accessibility.improvingBody')}</p>
      <h2>{t('accessibility.preparedHeading')}</h2>
      <p>{t('accessibility.prepared', { date })}</p>
    </article>
  );
  if (!standalone) return content;
  return (
    <>
      <header className="app-header app-header--plain">
        <p className="app-name">{t('app.name')}</p>
      </header>
      <main id="main" className="sign-in">
        {content}
      </main>
    </>
  );
}
