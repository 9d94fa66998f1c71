using DesignStudio.Core.Analysis.Lint.Naming;
using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Analysis.Lint.Rules;

/// <summary>
/// LN014: a column named like a password or secret (password, passwd, pwd, secret, token, api_key, private_key) with
/// no word saying it holds a hash or ciphertext (hash, digest, encrypted ...) and a type that fits plain text: text,
/// or a varchar/char shorter than <see cref="MinimumHashLength"/> characters (a bcrypt hash has 60).
/// </summary>
public sealed class UnhashedSecretRule : ILintRule
{
    /// <summary>Shortest column that can hold a bcrypt hash; shorter string columns suggest plain text.</summary>
    public const int MinimumHashLength = 60;

    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passcode", "secret", "token", "apikey", "passphrase",
    };

    private static readonly HashSet<string> SafeWords = new(StringComparer.Ordinal)
    {
        "hash", "hashed", "digest", "salt", "encrypted", "enc", "cipher", "ciphertext", "crypt", "bcrypt", "argon2", "scrypt",
        "hint", "expires", "expiry", "expiration", "at", "type", "count", "length", "id", "policy", "version", "algorithm",
        "method", "required", "strength", "changed", "updated", "created",
    };

    /// <inheritdoc />
    public string Code => "LN014";

    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public string Title => "Password or secret column that looks unhashed";

    /// <inheritdoc />
    public string Rationale => "Passwords and long-lived tokens stored as plain text leak with every backup, replica, log and " +
        "SQL injection; a slow salted hash (argon2id, bcrypt) for passwords or a SHA-256 digest for random tokens lets the " +
        "application verify them without storing them.";

    /// <inheritdoc />
    public string Remedy => "Store a hash instead (e.g. password_hash varchar(255) with argon2id or bcrypt), or encrypt secrets that must be read back.";

    /// <inheritdoc />
    public IReadOnlyList<string>? Dialects => null;

    /// <inheritdoc />
    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (var t in context.Design.Tables)
        {
            foreach (var c in t.Columns)
            {
                if (!LooksLikePlainText(c.Type) || !LooksLikeSecret(context.Words(c.Name))) continue;
                var newName = IdentifierWords.Matches(c.Name, IdentifierCase.SnakeCase) || c.Name.Contains('_') ? c.Name + "_hash" : c.Name + "Hash";
                var taken = t.FindColumnByName(newName) is not null;
                yield return new LintFinding(Code, Severity, LintPaths.Column(t, c),
                    $"Column {t.Name}.{c.Name} ({c.Type}) looks like it stores a secret as plain text.")
                {
                    ObjectId = c.Id,
                    TableId = t.Id,
                    QuickFix = taken ? null : new LintQuickFix($"Rename {t.Name}.{c.Name} to {newName} varchar(255) and store a hash",
                        d => DesignEdits.UpdateColumn(d, t.Id, c.Id, col => col with { Name = newName, Type = LogicalType.Varchar(255) })),
                };
            }
        }
    }

    /// <summary>Whether the name reads as a secret and not as a hash or metadata about one.</summary>
    internal static bool LooksLikeSecret(IReadOnlyList<string> words)
    {
        if (words.Any(SafeWords.Contains)) return false;
        if (words.Any(SecretWords.Contains)) return true;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i + 1] == "key" && words[i] is "api" or "private" or "secret" or "access") return true;
        }
        return false;
    }

    private static bool LooksLikePlainText(LogicalType type) => !type.IsArray && type.Kind switch
    {
        TypeKind.Text => true,
        TypeKind.Varchar or TypeKind.Char => type.Length is null || type.Length < MinimumHashLength,
        _ => false,
    };
}
