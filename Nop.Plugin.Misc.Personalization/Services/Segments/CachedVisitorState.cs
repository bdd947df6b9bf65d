using System.Text;
using System.Text.Json;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// A visitor state as it is put in nopCommerce's cache. One server's memory cache keeps this object, and reading it
/// back gives the very state that was cached. A distributed cache (Redis) stores values as Json.NET text, and then
/// only the <see cref="Stored"/> form is written: the profile as System.Text.Json text (the form the profile row keeps)
/// and the events packed into one base64 string. Every tracked event reads and writes the state, and Json.NET takes
/// about a millisecond for 500 events written as objects or even as arrays; the packed form is a fraction of that.
/// </summary>
public sealed class CachedVisitorState
{
    //Json.NET writes public properties only: the state itself never reaches a distributed cache
    VisitorState _state;
    StoredForm _stored;

    /// <summary>Creates an empty value for a cache to fill (Json.NET).</summary>
    public CachedVisitorState()
    {
    }

    /// <summary>Wraps a state for caching.</summary>
    public CachedVisitorState(VisitorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
    }

    /// <summary>Gets or sets the serialized form; built only when a distributed cache serializes the value.</summary>
    public StoredForm Stored
    {
        get => _stored ??= _state == null ? null : StoredForm.From(_state);
        set => _stored = value;
    }

    /// <summary>Gets the state; null when the serialized form was written by another version of the plugin.</summary>
    public VisitorState ToState() => _state ??= _stored?.ToState();

    /// <summary>A state's fields with its profile and events packed.</summary>
    public sealed class StoredForm
    {
        //written first in the packed events; a server running another version reads nothing rather than garbage
        const byte PackVersion = 1;

        /// <summary>Gets or sets the profile as System.Text.Json text.</summary>
        public string Profile { get; set; }

        /// <summary>Gets or sets whether the visitor is identified.</summary>
        public bool Identified { get; set; }

        /// <summary>Gets or sets whether the visitor subscribes to the newsletter.</summary>
        public bool NewsletterSubscriber { get; set; }

        /// <summary>Gets or sets the role ids.</summary>
        public int[] RoleIds { get; set; }

        /// <summary>Gets or sets the store.</summary>
        public int StoreId { get; set; }

        /// <summary>Gets or sets the language.</summary>
        public int LanguageId { get; set; }

        /// <summary>Gets or sets the stored scores by model.</summary>
        public Dictionary<string, decimal> Scores { get; set; }

        /// <summary>Gets or sets the cart's products.</summary>
        public int[] CartProductIds { get; set; }

        /// <summary>Gets or sets when the state was read from the stored rows (UTC).</summary>
        public DateTime LoadedOnUtc { get; set; }

        /// <summary>
        /// Gets or sets the events, packed in base64: the distinct visitors, sessions and labels (page names repeat), then per
        /// event its type, entity, value, time, store and the positions of its visitor, session and label. All events of a
        /// state are its customer's.
        /// </summary>
        public string Events { get; set; }

        /// <summary>Gets the serialized form of a state.</summary>
        public static StoredForm From(VisitorState state) => new()
        {
            Profile = JsonSerializer.Serialize(state.Profile),
            Identified = state.Identified,
            NewsletterSubscriber = state.NewsletterSubscriber,
            RoleIds = state.RoleIds,
            StoreId = state.StoreId,
            LanguageId = state.LanguageId,
            Scores = new Dictionary<string, decimal>(state.Scores, StringComparer.Ordinal),
            CartProductIds = state.CartProductIds,
            LoadedOnUtc = state.LoadedOnUtc,
            Events = Pack(state.Events)
        };

        static string Pack(VisitorEvent[] events)
        {
            var visitors = new Dictionary<Guid, int>();
            var sessions = new Dictionary<Guid, int>();
            //position 0 stands for no label
            var labels = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in events)
            {
                visitors.TryAdd(e.VisitorId, visitors.Count);
                sessions.TryAdd(e.SessionId, sessions.Count);
                if (e.Label != null)
                    labels.TryAdd(e.Label, labels.Count + 1);
            }

            using var stream = new MemoryStream(64 + events.Length * 48);
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(PackVersion);
                foreach (var ids in new[] { visitors, sessions })
                {
                    writer.Write7BitEncodedInt(ids.Count);
                    foreach (var id in ids.Keys)
                        writer.Write(id.ToByteArray());
                }

                writer.Write7BitEncodedInt(labels.Count);
                foreach (var label in labels.Keys)
                    writer.Write(label);

                writer.Write7BitEncodedInt(events.Length);
                foreach (var e in events)
                {
                    writer.Write7BitEncodedInt((int)e.Type);
                    writer.Write7BitEncodedInt(e.EntityId);
                    writer.Write(e.Value);
                    writer.Write(e.OccurredOnUtc.Ticks);
                    writer.Write7BitEncodedInt(e.StoreId);
                    writer.Write7BitEncodedInt(visitors[e.VisitorId]);
                    writer.Write7BitEncodedInt(sessions[e.SessionId]);
                    writer.Write7BitEncodedInt(e.Label == null ? 0 : labels[e.Label]);
                }
            }

            return Convert.ToBase64String(stream.GetBuffer(), 0, (int)stream.Length);
        }

        static VisitorEvent[] Unpack(string packed, int customerId)
        {
            using var reader = new BinaryReader(new MemoryStream(Convert.FromBase64String(packed)), Encoding.UTF8);
            if (reader.ReadByte() != PackVersion)
                return null;

            Guid[] ReadIds()
            {
                var ids = new Guid[reader.Read7BitEncodedInt()];
                for (var i = 0; i < ids.Length; i++)
                    ids[i] = new Guid(reader.ReadBytes(16));
                return ids;
            }

            var visitors = ReadIds();
            var sessions = ReadIds();
            var labels = new string[reader.Read7BitEncodedInt() + 1];
            for (var i = 1; i < labels.Length; i++)
                labels[i] = reader.ReadString();
            var events = new VisitorEvent[reader.Read7BitEncodedInt()];
            for (var i = 0; i < events.Length; i++)
            {
                var type = (TrackedEventType)reader.Read7BitEncodedInt();
                var entityId = reader.Read7BitEncodedInt();
                var value = reader.ReadDecimal();
                var time = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
                var storeId = reader.Read7BitEncodedInt();
                var visitorId = visitors[reader.Read7BitEncodedInt()];
                var sessionId = sessions[reader.Read7BitEncodedInt()];
                var label = labels[reader.Read7BitEncodedInt()];
                events[i] = new VisitorEvent(type, customerId, visitorId, storeId, sessionId, entityId, value, label, time);
            }

            return events;
        }

        /// <summary>Gets the state this form was made from; null when it was packed by another version.</summary>
        public VisitorState ToState()
        {
            var profile = JsonSerializer.Deserialize<CustomerProfileState>(Profile);
            var events = Unpack(Events, profile.CustomerId);
            return events == null ? null : new VisitorState
            {
                Profile = profile,
                Identified = Identified,
                NewsletterSubscriber = NewsletterSubscriber,
                RoleIds = RoleIds ?? [],
                StoreId = StoreId,
                LanguageId = LanguageId,
                Scores = new Dictionary<string, decimal>(Scores ?? [], StringComparer.Ordinal),
                Events = events,
                CartProductIds = CartProductIds ?? [],
                LoadedOnUtc = LoadedOnUtc
            };
        }
    }
}
