using System.Text;

namespace Bot.Core.Answering.Learned;

/// <summary>The weights file's key of a feature: its name in snake case ("own_coverage").</summary>
internal static class FeatureKeys
{
    public static string Of<TFeature>(TFeature feature)
        where TFeature : struct, Enum
    {
        var name = feature.ToString();
        var key = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                key.Append('_');
            }

            key.Append(char.ToLowerInvariant(name[i]));
        }

        return key.ToString();
    }

    public static int Count<TFeature>()
        where TFeature : struct, Enum => Enum.GetValues<TFeature>().Length;
}
