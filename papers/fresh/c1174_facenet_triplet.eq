% FaceNet, Schroff et al. (2015), Eq. 3: the triplet loss over N triplets; f(x_i^a), f(x_i^p), f(x_i^n) the
% embeddings (rows, dimension d) of anchor, positive and negative, alpha the margin
f(x^a), f(x^p), f(x^n) \in \mathbb{R}^{N \times d}, \alpha \in \mathbb{R}

L = \sum_i^N \left[ \|f(x_i^a) - f(x_i^p)\|_2^2 - \|f(x_i^a) - f(x_i^n)\|_2^2 + \alpha \right]_+
