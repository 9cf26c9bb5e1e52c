// Placeholder CLI until the ops issue lands: shows the core at work on a fixed date.
import { addBusinessDays, businessCalendar, formatCents, usFederalHolidays } from '../core/index.js';

const calendar = businessCalendar({ holidays: usFederalHolidays(2026) });
const [command] = process.argv.slice(2);
if (command === 'demo') {
  process.stdout.write(
    `practice-ops core demo (as of 2026-11-20)\n` +
      `  3 business days after 2026-11-20: ${addBusinessDays('2026-11-20', 3, calendar)}\n` +
      `  a $150.00 session fee: ${formatCents(15_000)}\n`,
  );
} else {
  process.stderr.write('usage: practice-ops demo\n');
  process.exitCode = 2;
}
