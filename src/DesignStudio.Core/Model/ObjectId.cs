using System.Buffers;
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

    /// <summary>
    /// The same id as <see cref="Derive(string, string)"/> for a path given as characters, without the intermediate
    /// strings and arrays: an import derives tens of thousands of ids and builds their paths in one reused buffer.
    /// </summary>
    public static string DeriveFromChars(string prefix, ReadOnlySpan<char> path)
    {
        var length = Encoding.UTF8.GetByteCount(prefix) + 1 + Encoding.UTF8.GetByteCount(path);
        byte[]? rented = null;
        var bytes = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = Encoding.UTF8.GetBytes(prefix, bytes);
        bytes[written++] = (byte)':';
        written += Encoding.UTF8.GetBytes(path, bytes[written..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..written], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        var value = BitConverter.ToUInt64(hash);
        return string.Create(prefix.Length + 13, (prefix, value), static (chars, state) =>
        {
            state.prefix.AsSpan().CopyTo(chars);
            chars[state.prefix.Length] = '_';
            var v = state.value;
            for (var i = state.prefix.Length + 1; i < chars.Length; i++)
            {
                chars[i] = Alphabet[(int)(v & 31)];
                v >>= 5;
            }
        });
    }

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
