import { DISPUTE_READERS } from '@/lib/pages/families/disputes';
import { provideReaders } from '@/lib/pages/loaded-readers';

/** The disputes readers, injected by the background into a seller-center page that needs them. */
export default defineUnlistedScript(() => {
  provideReaders('disputes', DISPUTE_READERS);
});
