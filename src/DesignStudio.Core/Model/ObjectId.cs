using System.Security.Cryptography;
using System.Text;

namespace DesignStudio.Core.Model;

/// <summary>Creates stable object ids: random for new objects, derived from a path for reproducible imports.</summary>
public static class ObjectId
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>A new random id such as <c>tbl_5k2m9x0q7c1d</c>.</summary>
    public static string New(string prefix) => prefix + "_" + Encode(RandomNumberGenerator.GetBytes(8));

    /// <summary>
    /// A deterministic id for <paramref name="path"/> (e.g. <c>public.users.email</c>): importing the same schema
    /// twice gives the same ids, so designs imported from SQL diff cleanly by name.
    /// </summary>
    public static string Derive(string prefix, string path) =>
        prefix + "_" + Encode(SHA256.HashData(Encoding.UTF8.GetBytes(prefix + ":" + path))[..8]);

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        var value = BitConverter.ToUInt64(bytes);
        var sb = new StringBuilder(13);
        for (var i = 0; i < 12; i++)
        {
            sb.Append(Alphabet[(int)(value & 31)]);
            value >>= 5;
        }
        return sb.ToString();
    }
}
