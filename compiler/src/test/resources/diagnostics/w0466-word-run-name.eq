% scikit-learn user guide, 3.4.4: precision from the counts of true and false positives, named in prose only
\text{precision} = \frac{tp}{tp + fp}
% ~WARNING W0466
% ~WARNING W0466
% ~WARNING W0101
% ~WARNING W0101
