% MixMatch, Berthelot et al. (2019), Eq. 7: sharpening a categorical distribution p over L classes with
% temperature T
p \in \mathbb{R}^{L}, T \in \mathbb{R}

\operatorname{Sharpen}(p, T)_i := p_i^{\frac{1}{T}} \bigg/ \sum_{j=1}^{L} p_j^{\frac{1}{T}}
