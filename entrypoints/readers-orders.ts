import { ORDER_READERS } from '@/lib/pages/families/orders';
import { provideReaders } from '@/lib/pages/loaded-readers';

/** The orders readers, injected by the background into a seller-center page that needs them. */
export default defineUnlistedScript(() => {
  provideReaders('orders', ORDER_READERS);
});
