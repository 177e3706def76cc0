/**
 * Seller-center hosts the extension reads. Current csp/gsp m_apps pages, the older
 * trade.aliexpress.com dispute and order pages, and the two message-centre hosts.
 * Buyer pages (www.aliexpress.com, trade.aliexpress.com/order_detail.htm) are not ours.
 */
export const SELLER_HOSTS = [
  'csp.aliexpress.com',
  'gsp.aliexpress.com',
  'trade.aliexpress.com',
  'msg.aliexpress.com',
  'message.aliexpress.com',
] as const;

export const SELLER_HOST_PATTERNS = SELLER_HOSTS.map((host) => `https://${host}/*`);

export function isSellerCenterUrl(url: string | URL | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return parsed.protocol === 'https:' && (SELLER_HOSTS as readonly string[]).includes(parsed.hostname);
  } catch {
    return false;
  }
}
