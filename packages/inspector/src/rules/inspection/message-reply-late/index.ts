import { addMonths } from '../../../lib/dates.ts';
import type { LibraryRule } from '../../../types.ts';
import { atKey } from '../../shared.ts';

export const rule: LibraryRule = {
  id: 'inspection/message-reply-late',
  scope: 'library',
  severity: 'warning',
  title: '留言超过三个月才答复',
  requirements: ['I1', 'X5'],
  check(ctx) {
    const months = ctx.config.inspection.messageReplyMonths;
    return ctx.library.items
      .filter((i) => i.meta.message && i.meta.message.replied > addMonths(i.meta.message.received, months))
      .map((i) =>
        atKey(ctx.sourceOf(i), ['message', 'replied'], `留言 ${i.meta.message!.received} 受理，${i.meta.message!.replied} 才答复，超过 ${months} 个月`, `网民留言应在 ${months} 个月内答复；请核对日期，并督促答复部门及时办理。`),
      );
  },
};
