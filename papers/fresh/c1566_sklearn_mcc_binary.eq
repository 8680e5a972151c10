% scikit-learn user guide, 3.4.4.13 Matthews correlation coefficient, binary case, as printed (from memory of the
% printing): tp, tn, fp and fn the numbers of true positives, true negatives, false positives and false negatives
% (prose, no declaration there)

MCC = \frac{tp \times tn - fp \times fn}{\sqrt{(tp + fp)(tp + fn)(tn + fp)(tn + fn)}}.
