// The Prospect Guard mark: a shield with a check, drawn inline so pages need no image file.
interface Props {
  size?: number;
}

export function Logo({ size = 24 }: Props) {
  return (
    <svg class="logo" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3z" fill="var(--accent)" />
      <path
        d="m8.5 12.2 2.4 2.4 4.8-5"
        fill="none"
        stroke="var(--accent-text)"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
