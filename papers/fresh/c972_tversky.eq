% Tversky loss, Salehi, Erdogmus & Gholipour (2017), Eq. 3: p_{0i}, p_{1i} the predicted probabilities of
% lesion and non-lesion at voxel i, g_{0i}, g_{1i} the labels (prose)
p, g \in \mathbb{R}^{2 \times N}, \alpha, \beta \in \mathbb{R}

T(\alpha, \beta) = \frac{\sum_{i=1}^{N} p_{0i} g_{0i}}{\sum_{i=1}^{N} p_{0i} g_{0i} + \alpha \sum_{i=1}^{N} p_{0i} g_{1i} + \beta \sum_{i=1}^{N} p_{1i} g_{0i}}
