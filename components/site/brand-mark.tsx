/** The round "OSCE" mark beside the organisation's name; decorative, the name beside it is the text. */
export function BrandMark() {
  return (
    <span aria-hidden="true" className="grid h-11 w-11 shrink-0 place-items-center rounded-full border-2 border-white text-[0.7rem] font-bold tracking-wide">
      OSCE
    </span>
  );
}
