import { Link } from 'react-router';
import { useT } from '#client/i18n/index';

export function ProblemNotFound() {
  const t = useT();
  return (
    <>
      <title>{t('app.title', { screen: t('problems.notFound.title') })}</title>
      <h1>{t('problems.notFound.title')}</h1>
      <p>{t('problems.notFound.body')}</p>
      <p>
        <Link to="/">{t('problems.notFound.back')}</Link>
      </p>
    </>
  );
}
