namespace Bot.Core.Language;

/// <summary>Indonesian derivational prefixes, as flags so a chain never repeats one.</summary>
[Flags]
internal enum PrefixKind
{
    None = 0,
    Di = 1,
    Ke = 2,
    Se = 4,
    Be = 8,
    Te = 16,
    Me = 32,
    Pe = 64,
    Per = 128,
}
