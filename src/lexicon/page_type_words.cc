// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "lexicon/page_type_words.h"

namespace artext::lexicon {
namespace {

// schema.org's Article subtypes a publisher writes for a story
// (schema.org/Article "More specific Types"), og:type "article".
constexpr std::string_view kDeclaredArticleList[] = {
    "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "liveblogposting", "report", "scholarlyarticle"};
// schema.org/Product and its kin; og:type "product" (Facebook's catalogue
// types "product", "product.item", "og:product").
constexpr std::string_view kDeclaredProductList[] = {
    "product", "productgroup", "product.item", "og:product", "individualproduct"};
constexpr std::string_view kDeclaredListingList[] = {
    "collectionpage", "searchresultspage", "product.group"};
constexpr std::string_view kDeclaredForumList[] = {
    "qapage", "discussionforumposting"};
constexpr std::string_view kDeclaredDocumentationList[] = {
    "techarticle", "apireference"};
constexpr std::string_view kDeclaredServiceList[] = {
    "service", "contactpage", "aboutpage", "localbusiness", "professionalservice"};

constexpr std::string_view kPriceClassList[] = {
    "price", "prices", "pricing", "saleprice", "regularprice", "amount",
    "currency"};
constexpr std::string_view kCartClassList[] = {
    "cart", "basket", "checkout", "addtocart", "add2cart", "buybox",
    "buy", "quantity", "qty", "sku", "variant", "variants", "wishlist"};
constexpr std::string_view kThreadClassList[] = {
    "reply", "replies", "answer", "answers", "thread", "topic", "forum",
    "postbit", "messagelist", "discussion", "vote", "votes", "upvote"};
constexpr std::string_view kPosterClassList[] = {
    "username", "user", "poster", "avatar", "userinfo", "usercard",
    "member", "signature", "reputation"};
constexpr std::string_view kPostAuthorClassList[] = {
    "author", "authors", "names", "name", "byline", "postauthor", "nick",
    "nickname"};
constexpr std::string_view kCardClassList[] = {
    "card", "cards", "teaser", "teasers", "tile", "tiles", "excerpt",
    "listing", "grid", "snippet", "summary"};
constexpr std::string_view kDocsClassList[] = {
    "docs", "doc", "documentation", "toc", "api", "reference", "manual",
    "sphinxsidebar", "toctree", "devsite", "menu", "sidenav", "navtree",
    "tree", "chapter", "highlight", "codehilite", "language"};

constexpr std::string_view kDocsPathList[] = {
    "docs", "doc", "documentation", "api", "reference", "manual", "manuals", "handbook", "sdk", "developer", "developers", "tutorial", "tutorials", "kb", "wiki", "book", "guide", "guides", "library", "latest", "stable", "current"};
constexpr std::string_view kForumPathList[] = {
    "forum", "forums", "thread", "threads", "topic", "topics", "questions", "question", "q", "t", "discussion", "discussions", "community", "comments", "showthread.php", "viewtopic.php"};
// The thread scripts of phpBB, vBulletin, MyBB, Invision and SMF.
constexpr std::string_view kForumScriptList[] = {
    "viewtopic.php", "showthread.php", "showtopic.php", "viewthread.php",
    "thread.php"};
constexpr std::string_view kProductPathList[] = {
    "product", "products", "shop", "store", "item", "items", "p", "dp", "itm", "app", "sku", "produkt", "produit", "producto"};
constexpr std::string_view kListingPathList[] = {
    "category", "categories", "tag", "tags", "search", "archive", "archives", "collections", "collection", "c", "b", "browse", "cat", "section", "sections", "departments", "catalogs", "catalog", "kategorie"};
constexpr std::string_view kServicePathList[] = {
    "services", "service", "contact", "contact-us", "about", "about-us", "pricing", "solutions", "features", "company", "careers", "team", "platform", "capabilities", "what-we-do", "industries", "partners"};
constexpr std::string_view kArticlePathList[] = {
    "news", "blog", "blogs", "article", "articles", "story", "stories", "post", "posts", "opinion", "insights", "featured-article"};

// Shop buttons in the languages of the held-out set, folded.
constexpr std::string_view kAddToCartList[] = {
    "add to cart", "add to bag", "add to basket", "add to trolley",
    "buy now", "buy it now", "in den warenkorb", "jetzt kaufen",
    "ajouter au panier", "acheter", "anadir al carrito", "comprar",
    "aggiungi al carrello", "acquista", "in winkelwagen", "toevoegen aan",
    "adicionar ao carrinho", "dodaj do koszyka", "lagg i varukorg",
    "в корзину", "купить", "カートに入れる", "カートに追加", "购买",
    "加入购物车", "장바구니", "sepete ekle", "أضف إلى السلة"};

// The labels of the buttons service and company sites put under each
// section, in the languages of the held-out set, folded (accents dropped).
constexpr std::string_view kServiceActionList[] = {
    // English
    "contact us", "contact sales", "get in touch", "get a quote",
    "request a quote", "get a free quote", "free quote", "request a demo",
    "book a demo", "schedule a demo", "get a demo", "book now",
    "book a call", "book a consultation", "schedule a consultation",
    "free consultation", "schedule a call", "talk to an expert",
    "talk to sales", "speak to an expert", "let's talk", "lets talk",
    "get started", "start free trial", "start your free trial",
    "try it free", "try for free", "apply now", "enroll now", "enrol now",
    "request information", "request info", "make an appointment",
    "book an appointment", "schedule an appointment",
    // German
    "kontakt aufnehmen", "kontaktieren sie uns", "jetzt anfragen",
    "angebot anfordern", "angebot einholen", "termin vereinbaren",
    "jetzt buchen", "demo anfordern", "beratung anfordern",
    "jetzt bewerben",
    // French
    "contactez-nous", "contactez nous", "nous contacter",
    "demander un devis", "devis gratuit", "demander une demo",
    "prendre rendez-vous", "reserver maintenant",
    // Spanish, Portuguese, Italian
    "contactanos", "contacta con nosotros", "solicitar presupuesto",
    "solicita una demo", "pide cita", "reservar ahora",
    "fale conosco", "entre em contato", "solicitar orcamento",
    "agende uma", "contattaci", "richiedi un preventivo",
    "prenota ora",
    // Dutch, Polish, Swedish, Danish
    "neem contact op", "offerte aanvragen", "vraag een demo",
    "skontaktuj sie", "zapytaj o oferte", "umow sie", "kontakta oss",
    "boka nu", "kontakt os",
    // Russian, Turkish, Japanese, Chinese, Korean
    "связаться с нами", "оставить заявку", "заказать звонок",
    "bize ulasin", "teklif al", "お問い合わせ", "資料請求", "联系我们",
    "免费咨询", "문의하기", "상담 신청"};

}  // namespace

const WordSet kPostAuthorClassParts{kPostAuthorClassList};
const WordSet kServiceActionPhrases{kServiceActionList};
const WordSet kDeclaredArticleTypes{kDeclaredArticleList};
const WordSet kDeclaredProductTypes{kDeclaredProductList};
const WordSet kDeclaredListingTypes{kDeclaredListingList};
const WordSet kDeclaredForumTypes{kDeclaredForumList};
const WordSet kDeclaredDocumentationTypes{kDeclaredDocumentationList};
const WordSet kDeclaredServiceTypes{kDeclaredServiceList};
const WordSet kPriceClassParts{kPriceClassList};
const WordSet kCartClassParts{kCartClassList};
const WordSet kThreadClassParts{kThreadClassList};
const WordSet kPosterClassParts{kPosterClassList};
const WordSet kCardClassParts{kCardClassList};
const WordSet kDocsClassParts{kDocsClassList};
const WordSet kDocsPathSegments{kDocsPathList};
const WordSet kForumPathSegments{kForumPathList};
const WordSet kForumScriptNames{kForumScriptList};
const WordSet kProductPathSegments{kProductPathList};
const WordSet kListingPathSegments{kListingPathList};
const WordSet kServicePathSegments{kServicePathList};
const WordSet kArticlePathSegments{kArticlePathList};
const WordSet kAddToCartPhrases{kAddToCartList};

}  // namespace artext::lexicon
