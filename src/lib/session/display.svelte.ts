// Display preferences for the current person (text size, contrast): they apply for the session
// and are reset when it is erased, so the next person starts from the default.
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

class DisplayPreferences {
  textSize = $state<TextSize>('normal');
  highContrast = $state(false);

  reset(): void {
    this.textSize = 'normal';
    this.highContrast = false;
  }
}

export const display = new DisplayPreferences();
