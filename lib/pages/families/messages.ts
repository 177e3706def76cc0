import type { PageReader } from '../reader';
import { messagesImChat } from '../readers/messages.im-chat';
import { messagesLegacy } from '../readers/messages.legacy';

/** Buyer-conversation readers, newest generation first. */
export const MESSAGE_READERS: readonly PageReader[] = [messagesImChat, messagesLegacy];
