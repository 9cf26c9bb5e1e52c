import { describe, expect, it } from 'vitest';
import { IanaZone, zoneOffsetMinutes } from '../../../src/core/index.js';

describe('IanaZone', () => {
  it('accepts IANA names and rejects unknown ones', () => {
    expect(IanaZone.safeParse('America/New_York').success).toBe(true);
    expect(IanaZone.safeParse('Asia/Kathmandu').success).toBe(true);
    expect(IanaZone.safeParse('Mars/Olympus').success).toBe(false);
    expect(IanaZone.safeParse('').success).toBe(false);
  });

  it('knows half- and quarter-hour offsets', () => {
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(330);
    expect(zoneOffsetMinutes('Asia/Kathmandu', Date.UTC(2026, 0, 1))).toBe(345);
    expect(zoneOffsetMinutes('America/St_Johns', Date.UTC(2026, 0, 1))).toBe(-210);
  });
});
