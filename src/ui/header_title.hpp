// The name the panel's header and the review give a piece: its style's ("Classic solitaire"),
// unless its centre stone makes it something else to a customer: a pearl on a solitaire is a
// pearl ring (珍珠戒指), not a "single diamond" (单钻), and a jadeite one a jadeite ring. (The
// exported files' title is facet::piece_title: the spec's meta.title.)
#pragma once

#include <string>

#include "core/spec/spec.hpp"

namespace facet::ui {

// English; tr() gives the Chinese (translations.cpp holds every title this returns).
std::string header_title(const spec::Design& design);

}  // namespace facet::ui
