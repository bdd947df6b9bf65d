#nullable enable
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Nop.Plugin.Misc.Personalization.Tests.NopReference;

/// <summary>
/// Writes the public and protected API of assemblies as one line per element, in the format of the
/// nopCommerce 4.90.3 signature list (see its README): the same rules as the tool that wrote that list.
/// </summary>
public static class ApiSignatures
{
    /// <summary>
    /// Reads the assemblies without running them and returns their sorted signature lines. References are
    /// resolved from the inputs' folders, the extra folders, then the running .NET's shared frameworks.
    /// </summary>
    public static SortedSet<string> Read(IEnumerable<string> assemblyPaths, params string[] extraFolders)
    {
        var inputs = assemblyPaths.Select(Path.GetFullPath).ToList();
        string runtimeDir = RuntimeEnvironment.GetRuntimeDirectory();
        string runtimeVersion = Path.GetFileName(runtimeDir.TrimEnd('/', '\\'));
        var folders = inputs.Select(p => Path.GetDirectoryName(p)!).Concat(extraFolders)
            .Append(runtimeDir).Append(Path.Combine(runtimeDir, "..", "..", "Microsoft.AspNetCore.App", runtimeVersion))
            .Where(Directory.Exists).Select(Path.GetFullPath).Distinct();
        //a context cannot hold two files with the same assembly identity, so keep one file per name, inputs first
        var paths = inputs.Concat(folders.SelectMany(d => Directory.GetFiles(d, "*.dll").Order(StringComparer.Ordinal)))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => g.First());

        var lines = new SortedSet<string>(StringComparer.Ordinal);
        using var context = new MetadataLoadContext(new PathAssemblyResolver(paths));
        foreach (string input in inputs)
            Api.Add(context.LoadFromAssemblyPath(input), lines);
        return lines;
    }

    static class Api
    {
        const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic
            | BindingFlags.Instance | BindingFlags.Static;
        const string CompilerServices = "System.Runtime.CompilerServices.";

        public static void Add(Assembly assembly, ISet<string> lines)
        {
            string asm = assembly.GetName().Name!;
            foreach (Type t in assembly.GetTypes().Where(IsVisible))
            {
                string prefix = $"{asm}|{Name(t)}|";
                lines.Add($"T {asm}|{Kind(t)} {Name(t)}{Bases(t)}");
                foreach (var c in t.GetConstructors(Declared).Where(IsListed))
                    lines.Add($"C {prefix}{Modifiers(c)}.ctor({Params(c.GetParameters())})");
                foreach (var m in t.GetMethods(Declared).Where(m => IsListed(m) && (!m.IsSpecialName || m.Name.StartsWith("op_"))))
                {
                    string arity = m.IsGenericMethod ? "`" + m.GetGenericArguments().Length : "";
                    bool extension = Has(m.CustomAttributes, CompilerServices + "ExtensionAttribute");
                    lines.Add($"M {prefix}{Modifiers(m)}{Name(m.ReturnType)} {m.Name}{arity}({Params(m.GetParameters(), extension)})");
                }
                foreach (var p in t.GetProperties(Declared).Where(p => !IsGenerated(p)))
                {
                    var accessors = new[] { p.GetMethod, p.SetMethod }.OfType<MethodInfo>().Where(IsAccessible).ToList();
                    if (accessors.Count == 0) continue;
                    var main = accessors.FirstOrDefault(a => a.IsPublic) ?? accessors[0];
                    var words = accessors.Select(a => (main.IsPublic && !a.IsPublic ? "protected " : "")
                        + (a == p.GetMethod ? "get;" : IsInitOnly(a) ? "init;" : "set;"));
                    var index = p.GetIndexParameters();
                    string indexer = index.Length > 0 ? $"[{Params(index)}]" : "";
                    lines.Add($"P {prefix}{Modifiers(main)}{Name(p.PropertyType)} {p.Name}{indexer} {{{string.Join(" ", words)}}}");
                }
                foreach (var f in t.GetFields(Declared).Where(f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName && !IsGenerated(f)))
                {
                    string words = (f.IsPublic ? "" : "protected ")
                        + (f.IsLiteral ? "const " : (f.IsStatic ? "static " : "") + (f.IsInitOnly ? "readonly " : ""));
                    string value = f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : "";
                    lines.Add($"F {prefix}{words}{Name(f.FieldType)} {f.Name}{value}");
                }
                foreach (var e in t.GetEvents(Declared))
                    if (e.AddMethod is { } add && IsAccessible(add) && !IsGenerated(e))
                        lines.Add($"E {prefix}{Modifiers(add)}{Name(e.EventHandlerType!)} {e.Name}");
            }
        }

        // Public types, and public or protected types nested in listed types; compiler-made types are skipped.
        static bool IsVisible(Type t) => !t.Name.Contains('<') && (t.IsPublic
            || ((t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem) && IsVisible(t.DeclaringType!)));

        static bool IsAccessible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

        static bool IsListed(MethodBase m) => IsAccessible(m) && !m.Name.Contains('<') && !IsGenerated(m);

        static bool IsGenerated(MemberInfo m) => Has(m.CustomAttributes, CompilerServices + "CompilerGeneratedAttribute");

        static bool Has(IEnumerable<CustomAttributeData> attributes, string fullName) =>
            attributes.Any(a => a.AttributeType.FullName == fullName);

        static bool IsInitOnly(MethodInfo setter) =>
            setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == CompilerServices + "IsExternalInit");

        static string Kind(Type t)
        {
            if (t.IsInterface) return "interface";
            if (t.IsEnum) return "enum";
            if (t.IsValueType) return "struct";
            if (t.BaseType?.FullName == "System.MulticastDelegate") return "delegate";
            string noun = t.GetMethods(Declared).Any(m => m.Name == "<Clone>$") ? "record" : "class";
            return t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract " + noun : t.IsSealed ? "sealed " + noun : noun;
        }

        // The base class (an enum's underlying type), then the sorted visible interfaces that the base class
        // does not already implement. System.Object, System.ValueType and System.MulticastDelegate are left out.
        static string Bases(Type t)
        {
            var list = new List<string>();
            if (t.IsEnum) list.Add(Name(t.GetEnumUnderlyingType()));
            else if (t.BaseType is { FullName: not ("System.Object" or "System.ValueType" or "System.MulticastDelegate") } b)
                list.Add(Name(b));
            var inherited = t.BaseType?.GetInterfaces().Select(i => Name(i)).ToHashSet() ?? [];
            list.AddRange(t.GetInterfaces().Where(IsVisible).Select(i => Name(i)).Where(n => !inherited.Contains(n)).Order(StringComparer.Ordinal));
            return list.Count == 0 ? "" : " : " + string.Join(", ", list);
        }

        // Words before the member: protected, static, then abstract / virtual / override / sealed override.
        static string Modifiers(MethodBase m)
        {
            var words = new List<string>();
            if (!m.IsPublic) words.Add("protected");
            if (m.IsStatic) words.Add("static");
            bool newSlot = (m.Attributes & MethodAttributes.NewSlot) != 0;
            if (m.IsAbstract) words.Add("abstract");
            else if (m.IsVirtual && !newSlot) words.Add(m.IsFinal ? "sealed override" : "override");
            else if (m.IsVirtual && !m.IsFinal) words.Add("virtual");
            return string.Concat(words.Select(w => w + " "));
        }

        static string Params(ParameterInfo[] ps, bool extension = false) =>
            string.Join(", ", ps.Select((p, i) => (extension && i == 0 ? "this " : "") + Param(p)));

        static string Param(ParameterInfo p)
        {
            Type t = p.ParameterType;
            string words = "";
            if (t.IsByRef)
            {
                words = p.IsOut && !p.IsIn ? "out "
                    : Has(p.CustomAttributes, CompilerServices + "IsReadOnlyAttribute") ? "in "
                    : Has(p.CustomAttributes, CompilerServices + "RequiresLocationAttribute") ? "ref readonly " : "ref ";
                t = t.GetElementType()!;
            }
            if (Has(p.CustomAttributes, "System.ParamArrayAttribute") || Has(p.CustomAttributes, CompilerServices + "ParamCollectionAttribute"))
                words += "params ";
            return words + Name(t) + (p.IsOptional ? "=default" : "");
        }

        // C#-like full name without keywords: Ns.Outer<T>+Inner<System.Int32>, T[], T[,], T*, ref T (by-ref returns).
        static string Name(Type t)
        {
            if (t.IsGenericParameter) return t.Name;
            if (t.IsByRef) return "ref " + Name(t.GetElementType()!);
            if (t.IsPointer) return Name(t.GetElementType()!) + "*";
            if (t.IsArray) return Name(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
            var args = new Queue<Type>(t.GetGenericArguments()); // shared by the whole nesting chain, outermost first
            var chain = new List<Type>();
            for (Type? c = t; c != null; c = c.IsNested ? c.DeclaringType : null) chain.Insert(0, c);
            var sb = new StringBuilder(string.IsNullOrEmpty(chain[0].Namespace) ? "" : chain[0].Namespace + ".");
            for (int i = 0; i < chain.Count; i++)
            {
                string name = chain[i].Name;
                int tick = name.IndexOf('`');
                int arity = tick < 0 ? 0 : int.Parse(name[(tick + 1)..], CultureInfo.InvariantCulture);
                sb.Append(i > 0 ? "+" : "").Append(tick < 0 ? name : name[..tick]);
                if (arity > 0) sb.Append('<').AppendJoin(",", Enumerable.Range(0, arity).Select(_ => Name(args.Dequeue()))).Append('>');
            }
            return sb.ToString();
        }

        // Constant values in C# literal syntax (invariant culture); strings escape \ and " with a backslash, control characters as \uXXXX.
        static string Literal(object? v) => v switch
        {
            null => "null",
            string s => "\"" + Escape(s) + "\"",
            char c => "'" + Escape(c.ToString()) + "'",
            bool b => b ? "true" : "false",
            float or double => ((IFormattable)v).ToString("R", CultureInfo.InvariantCulture),
            IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        };

        static string Escape(string s) => string.Concat(s.Select(c => c switch
        {
            '\\' or '"' => "\\" + c,
            < ' ' => $"\\u{(int)c:x4}",
            _ => c.ToString(),
        }));
    }
}
