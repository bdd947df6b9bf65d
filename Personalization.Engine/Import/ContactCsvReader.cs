using System.Globalization;
using System.Text;
using Personalization.Engine.Data;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Import;

/// <summary>
/// Streams a contact CSV file row by row into upserts keyed by normalized e-mail or customer id, reporting each refused
/// row with its line and reason; the file is never held in memory.
/// </summary>
/// <remarks>
/// Use: <c>while (reader.TryRead(out var upsert)) { ...write in batches... }</c> then <see cref="GetSummary"/>;
/// a dry run is the same loop without writing (<see cref="DryRun"/>). Upserts come out in file order, so applying them
/// in order makes the last row of a repeated contact win; repeats are flagged and counted. To spot repeats the reader
/// keeps a 64-bit hash and first line of each key (about 40 bytes per contact), not the keys themselves.
/// </remarks>
public sealed class ContactCsvReader
{
    /// <summary>Longest text trait kept.</summary>
    public const int TraitTextMaxLength = 400;

    /// <summary>How many row errors and duplicates a summary lists (all are counted).</summary>
    public const int MaxReported = 1000;

    static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    readonly TextReader _reader;
    readonly ContactImportMapping _mapping;
    readonly List<string> _fields = [];
    readonly StringBuilder _buffer = new();
    readonly Dictionary<ulong, long> _firstLineByKey = [];
    readonly List<CsvRowError> _errors = [];
    readonly List<ContactImportDuplicate> _duplicates = [];
    int _keyIndex = -1;
    int _ltvIndex = -1;
    int[] _traitIndexes;
    long _nextLine = 1;
    long _rowLimit = long.MaxValue;
    long _rows;
    long _upserts;
    long _errorCount;
    long _duplicateCount;
    bool _started;
    bool _finished;

    /// <summary>Creates a reader over CSV text with a header row.</summary>
    public ContactCsvReader(TextReader reader, ContactImportMapping mapping)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));
    }

    /// <summary>Gets the header row once read (empty before the first <see cref="TryRead"/>).</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Reads rows until the next valid one; false at the end of the file or when the header does not fit the mapping.</summary>
    public bool TryRead(out ContactUpsert upsert)
    {
        upsert = null;
        if (!_started && !Start())
            return false;

        while (!_finished && _rows < _rowLimit)
        {
            if (!CsvLineSplitter.TryReadRecord(_reader, _fields, _buffer, out var spanned, out var unterminated))
            {
                _finished = true;
                break;
            }

            var line = _nextLine;
            _nextLine += spanned;
            if (_fields.Count == 1 && _fields[0].Trim().Length == 0)
                continue;

            _rows++;
            if (unterminated)
            {
                AddError(line, "a quoted field is never closed");
                _finished = true;
                break;
            }

            var reason = TryParseRow(line, out upsert);
            if (reason == null)
            {
                _upserts++;
                return true;
            }

            AddError(line, reason);
        }

        return false;
    }

    /// <summary>Gets the totals so far (complete once <see cref="TryRead"/> returned false).</summary>
    public ContactImportSummary GetSummary() =>
        new(_rows, _upserts, _firstLineByKey.Count, _errorCount, _errors.ToArray(), _duplicateCount, _duplicates.ToArray());

    /// <summary>Reads the header and the first <paramref name="rows"/> data rows (valid or not) for a preview.</summary>
    public static ContactImportPreview Preview(TextReader reader, ContactImportMapping mapping, int rows)
    {
        var csv = new ContactCsvReader(reader, mapping) { _rowLimit = rows };
        var upserts = new List<ContactUpsert>();
        while (csv.TryRead(out var upsert))
            upserts.Add(upsert);
        return new ContactImportPreview(csv.Header, upserts, csv._errors.ToArray());
    }

    /// <summary>Reads the whole file without writing anything and returns what an import would do.</summary>
    public static ContactImportSummary DryRun(TextReader reader, ContactImportMapping mapping)
    {
        var csv = new ContactCsvReader(reader, mapping);
        while (csv.TryRead(out _))
        {
        }

        return csv.GetSummary();
    }

    bool Start()
    {
        _started = true;
        if (!CsvLineSplitter.TryReadRecord(_reader, _fields, _buffer, out var headerLines, out _))
            return Fail("the file is empty; expected a header row");
        _nextLine += headerLines;

        var header = _fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        Header = header;
        int IndexOf(string column) => Array.FindIndex(header, h => string.Equals(h, column?.Trim(), StringComparison.OrdinalIgnoreCase));

        var missing = new List<string>();
        _keyIndex = IndexOf(_mapping.KeyColumn);
        if (_keyIndex < 0)
            missing.Add(_mapping.KeyColumn);
        _traitIndexes = (_mapping.Traits ?? []).Select(t => IndexOf(t.Column)).ToArray();
        missing.AddRange((_mapping.Traits ?? []).Where((t, i) => _traitIndexes[i] < 0).Select(t => t.Column));
        if (_mapping.LifetimeValueColumn != null)
        {
            _ltvIndex = IndexOf(_mapping.LifetimeValueColumn);
            if (_ltvIndex < 0)
                missing.Add(_mapping.LifetimeValueColumn);
        }

        if (missing.Count > 0)
            return Fail("missing columns: " + string.Join(", ", missing) + "; the file has: " + string.Join(", ", header));

        var names = (_mapping.Traits ?? []).Select(t => t.TraitName?.Trim()).ToList();
        if (names.Any(string.IsNullOrEmpty))
            return Fail("every mapped trait needs a name");
        var invalid = names.FirstOrDefault(n => !TraitColumn.IsValidName(n));
        if (invalid != null)
            return Fail($"the trait name \"{invalid}\" may hold only letters, digits, '_', '-' and '.' (at most {TraitColumn.NameMaxLength})");
        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated != null)
            return Fail($"the trait \"{repeated.Key}\" is mapped twice");
        return true;
    }

    bool Fail(string reason)
    {
        AddError(1, reason);
        _finished = true;
        return false;
    }

    string TryParseRow(long line, out ContactUpsert upsert)
    {
        upsert = null;
        string Cell(int index) => index < _fields.Count ? _fields[index].Trim() : string.Empty;

        var keyText = Cell(_keyIndex);
        if (keyText.Length == 0)
            return $"{_mapping.KeyColumn} is empty";

        string key, email = null;
        int? customerId = null;
        if (_mapping.KeyKind == ContactKeyKind.Email)
        {
            email = NormalizeEmail(keyText);
            if (email == null)
                return $"{_mapping.KeyColumn} '{Shorten(keyText)}' is not an e-mail address";
            key = email;
        }
        else
        {
            if (!int.TryParse(keyText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                return $"{_mapping.KeyColumn} '{Shorten(keyText)}' is not a customer id (a whole number above 0)";
            customerId = id;
            key = id.ToString(CultureInfo.InvariantCulture);
        }

        var traits = new Dictionary<string, TraitValue>(StringComparer.Ordinal);
        for (var i = 0; i < _traitIndexes.Length; i++)
        {
            var column = _mapping.Traits[i];
            var text = Cell(_traitIndexes[i]);
            if (text.Length == 0)
                continue;
            var reason = TryParseTrait(column, text, out var value);
            if (reason != null)
                return reason;
            traits[column.TraitName.Trim()] = value;
        }

        decimal? ltv = null;
        if (_ltvIndex >= 0 && Cell(_ltvIndex).Length > 0)
        {
            var text = Cell(_ltvIndex);
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
                return $"{_mapping.LifetimeValueColumn} '{Shorten(text)}' is not an amount of 0 or more";
            ltv = amount;
        }

        long? duplicateOf = null;
        var hash = Hash(key);
        if (_firstLineByKey.TryGetValue(hash, out var first))
        {
            duplicateOf = first;
            _duplicateCount++;
            if (_duplicates.Count < MaxReported)
                _duplicates.Add(new ContactImportDuplicate(key, first, line));
        }
        else
            _firstLineByKey.Add(hash, line);

        upsert = new ContactUpsert(key, _mapping.KeyKind, email, customerId, traits, ltv, line, duplicateOf);
        return null;
    }

    /// <summary>Parses a cell as its column's trait type; null when it parses, else the reason.</summary>
    internal static string TryParseTrait(TraitColumn column, string text, out TraitValue value)
    {
        value = null;
        switch (column.Type)
        {
            case TraitType.Number:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                    return $"{column.Column} '{Shorten(text)}' is not a number";
                value = TraitValue.FromNumber(number);
                return null;
            case TraitType.Date:
                if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
                    return $"{column.Column} '{Shorten(text)}' is not a date (expected yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)";
                value = TraitValue.FromDate(DateTime.SpecifyKind(date, DateTimeKind.Utc));
                return null;
            case TraitType.Boolean:
                switch (text.ToLowerInvariant())
                {
                    case "true" or "yes" or "y" or "1":
                        value = TraitValue.FromBoolean(true);
                        return null;
                    case "false" or "no" or "n" or "0":
                        value = TraitValue.FromBoolean(false);
                        return null;
                    default:
                        return $"{column.Column} '{Shorten(text)}' is not a yes/no value (true/false, yes/no, 1/0)";
                }

            default:
                if (text.Length > TraitTextMaxLength)
                    return $"{column.Column} is longer than {TraitTextMaxLength} characters";
                //line breaks and tabs are ordinary in quoted notes; other control characters are not text
                if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
                    return $"{column.Column} contains a control character";
                value = TraitValue.FromText(text);
                return null;
        }
    }

    /// <summary>Lower-cases and checks an address; null when it is not one (the key must match the store's e-mail).</summary>
    internal static string NormalizeEmail(string text)
    {
        var email = text.Trim().ToLowerInvariant();
        var at = email.IndexOf('@');
        if (email.Length > 254 || at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
            return null;
        var domain = email.AsSpan(at + 1);
        if (domain.IndexOf('.') <= 0 || domain[^1] == '.')
            return null;
        foreach (var c in email)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"')
                return null;
        }

        return email;
    }

    static ulong Hash(string key)
    {
        //FNV-1a, 64 bits: with a million contacts a false repeat has odds of about 1 in 36 million
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    void AddError(long line, string reason)
    {
        _errorCount++;
        if (_errors.Count < MaxReported)
            _errors.Add(new CsvRowError(line, reason));
    }

    static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
