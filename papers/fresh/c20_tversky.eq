% Tversky loss, Salehi et al. (2017), Eq. 3, binary segmentation: p the predicted foreground
% probabilities, g the ground truth (0/1), over N voxels
p, g \in \mathbb{R}^{N}, \alpha, \beta \in \mathbb{R}

T(\alpha, \beta) = \frac{\sum_{i=1}^{N} p_{0i} g_{0i}}{\sum_{i=1}^{N} p_{0i} g_{0i} + \alpha \sum_{i=1}^{N} p_{0i} g_{1i} + \beta \sum_{i=1}^{N} p_{1i} g_{0i}}
