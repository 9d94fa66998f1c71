namespace DesignStudio.Core.Analysis.NormalForms;

/// <summary>Normal forms in increasing strength; each implies the ones before it.</summary>
public enum NormalForm
{
    /// <summary>Not in first normal form: repeating groups, list-valued or composite columns.</summary>
    Unnormalized = 0,
    /// <summary>First normal form: atomic values, no repeating groups.</summary>
    First = 1,
    /// <summary>Second normal form: no non-prime attribute depends on part of a candidate key.</summary>
    Second = 2,
    /// <summary>Third normal form: every dependency X → A has X a superkey or A prime.</summary>
    Third = 3,
    /// <summary>Boyce–Codd normal form: every non-trivial dependency X → Y has X a superkey.</summary>
    BoyceCodd = 4,
}
