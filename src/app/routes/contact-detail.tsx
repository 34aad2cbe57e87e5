import { t } from '@/i18n/translator';
import { Container } from '@mantine/core';
import { useLocation, useSearchParams } from 'wouter';
import { useProfileName } from '@/features/contacts/components/detail/use-contact-name';
import { ProfileDetail } from '@/features/contacts/components/detail/profile-detail';
import { isProfileTab, type ProfileTab } from '@/features/contacts/components/detail/profile-tabs';
import '../detail.css';
import { usePageTitle } from '../use-page-title';

/** `/contacts/:id?tab=channels`: the open tab lives in the URL, so it survives a reload and can be shared. */
export function ContactDetailRoute({ params }: { params: { id: string } }) {
  usePageTitle(useProfileName(params.id) ?? t('detail.documentTitle'));
  const [searchParams] = useSearchParams();
  const [location, navigate] = useLocation();
  const requested = searchParams.get('tab');
  const tab: ProfileTab = isProfileTab(requested) ? requested : 'details';
  const onTabChange = (next: ProfileTab) =>
    navigate(next === 'details' ? location : `${location}?tab=${next}`, { replace: true });
  return (
    <Container size="xl" className="contact-detail">
      <ProfileDetail key={params.id} id={params.id} tab={tab} onTabChange={onTabChange} />
    </Container>
  );
}
