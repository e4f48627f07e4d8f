import { Link } from 'react-router';
import { useT } from '#client/i18n/index';

export function NotFound() {
  const t = useT();
  return (
    <>
      <title>{t('app.title', { screen: t('app.notFound.title') })}</title>
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to="/">{t('app.notFound.home')}</Link>
      </p>
    </>
  );
}
