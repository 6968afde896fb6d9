using Names = KnowledgeGraph.Core.Text.Suggestions;

namespace KnowledgeGraph.Api.GraphQL.Suggestions;

/// <summary>
/// Words people type for our names, in French or in English (compared folded: case, accents and spacing ignored):
/// <c>type</c> for <c>kind</c>, <c>nom</c> for <c>name</c>, <c>région</c> for <c>region</c>… A synonym is suggested
/// first when it is one of the names allowed where it was typed.
/// </summary>
internal static class NameSynonyms
{
    private static readonly Dictionary<string, string[]> ByWord = Build(new Dictionary<string, string[]>
    {
        ["type"] = ["kind", "level", "category"],
        ["genre"] = ["kind"],
        ["nature"] = ["kind"],
        ["sorte"] = ["kind"],
        ["categorie"] = ["category"],
        ["nom"] = ["name", "title"],
        ["libelle"] = ["name", "title"],
        ["label"] = ["name", "labels"],
        ["titre"] = ["title"],
        ["intitule"] = ["title", "statement"],
        ["region"] = ["region", "REGION"],
        ["departement"] = ["department", "DEPARTMENT"],
        ["territoire"] = ["territories", "territory"],
        ["territoires"] = ["territories"],
        ["lieu"] = ["territories"],
        ["ville"] = ["territories", "COMMUNE"],
        ["niveau"] = ["level"],
        ["annee"] = ["year", "startYear", "foundedYear"],
        ["date"] = ["year", "startYear", "since"],
        ["debut"] = ["startYear"],
        ["fin"] = ["endYear"],
        ["depuis"] = ["since"],
        ["creation"] = ["foundedYear"],
        ["taille"] = ["size"],
        ["role"] = ["role"],
        ["acteur"] = ["actors", "actor"],
        ["acteurs"] = ["actors", "participants"],
        ["partenaires"] = ["participants"],
        ["membres"] = ["members"],
        ["domaine"] = ["domains"],
        ["domaines"] = ["domains"],
        ["odd"] = ["sdgs", "sdg"],
        ["cible"] = ["sdgTargets"],
        ["cibles"] = ["sdgTargets", "targets"],
        ["reseau"] = ["networks"],
        ["reseaux"] = ["networks"],
        ["catalyseur"] = ["catalysts"],
        ["catalyseurs"] = ["catalysts"],
        ["etude"] = ["studies", "study"],
        ["etudes"] = ["studies"],
        ["resultat"] = ["findings"],
        ["resultats"] = ["findings"],
        ["objectif"] = ["objectives"],
        ["objectifs"] = ["objectives"],
        ["echelle"] = ["scale"],
        ["leviers"] = ["levers"],
        ["employeur"] = ["employer"],
        ["modele"] = ["economicModel"],
        ["site"] = ["website"],
        ["siteweb"] = ["website"],
        ["url"] = ["website", "url"],
        ["parent"] = ["parent"],
        ["enfants"] = ["children"],
        ["code"] = ["inseeCode", "code"],
        ["insee"] = ["inseeCode"],
        ["editeur"] = ["publisher"],
        ["valeur"] = ["value"],
        ["unite"] = ["unit"],
        ["nombre"] = ["totalCount", "count"],
        ["total"] = ["totalCount"],
        ["count"] = ["totalCount"],
        ["filter"] = ["where"],
        ["filtre"] = ["where"],
        ["sort"] = ["order"],
        ["orderby"] = ["order"],
        ["tri"] = ["order"],
        ["trier"] = ["order"],
        ["limit"] = ["first"],
        ["limite"] = ["first"],
        ["premiers"] = ["first"],
        ["offset"] = ["after"],
        ["query"] = ["text"],
        ["q"] = ["text"],
        ["texte"] = ["text"],
        ["recherche"] = ["search", "text"],
        ["chercher"] = ["search"],
        ["egal"] = ["eq"],
        ["equals"] = ["eq"],
        ["contient"] = ["contains"],
        ["commencepar"] = ["startsWith"],
        ["dans"] = ["within", "in"],
        ["inside"] = ["within"],
    });

    /// <summary>The allowed names that <paramref name="typed"/> is a known synonym of, in the table's order.</summary>
    public static IEnumerable<string> Of(string typed, IReadOnlyCollection<string> allowed) =>
        ByWord.TryGetValue(Names.Fold(typed), out var names)
            ? names.Where(name => allowed.Contains(name))
            : [];

    private static Dictionary<string, string[]> Build(Dictionary<string, string[]> table) =>
        table.ToDictionary(entry => Names.Fold(entry.Key), entry => entry.Value, StringComparer.Ordinal);
}
