% Dice coefficient of two classes written as Salehi et al. (2017) write the Tversky index with alpha = beta = 0.5
% (Eq. 3): p_{0i}, p_{1i} the predicted probabilities of lesion and non-lesion at voxel i, g_{0i}, g_{1i} the labels
p, g \in \mathbb{R}^{2 \times N}

D = \frac{2 \sum_{i=1}^{N} p_{0i} g_{0i}}{2 \sum_{i=1}^{N} p_{0i} g_{0i} + \sum_{i=1}^{N} p_{0i} g_{1i} + \sum_{i=1}^{N} p_{1i} g_{0i}}
