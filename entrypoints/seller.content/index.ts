import { SELLER_HOST_PATTERNS } from '@/lib/pages/hosts';

export default defineContentScript({
  matches: [...SELLER_HOST_PATTERNS],
  main() {},
});
