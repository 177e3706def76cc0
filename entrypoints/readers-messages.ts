import { MESSAGE_READERS } from '@/lib/pages/families/messages';
import { provideReaders } from '@/lib/pages/loaded-readers';

/** The messages readers, injected by the background into a seller-center page that needs them. */
export default defineUnlistedScript(() => {
  provideReaders('messages', MESSAGE_READERS);
});
