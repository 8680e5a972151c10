% Hadsell, Chopra & LeCun (2006), Eq. 1 and Eq. 4: the contrastive loss of one pair, D_W the Euclidean distance
% of the two embeddings (the paper's prose gives G_W(X) as a d-dimensional output)
G_W(\vec{X}_1), G_W(\vec{X}_2) \in \mathbb{R}^{d}, Y \in \mathbb{R}, m \in \mathbb{R}

D_W = \|G_W(\vec{X}_1) - G_W(\vec{X}_2)\|_2
L(W, Y, \vec{X}_1, \vec{X}_2) = (1 - Y)\frac{1}{2}(D_W)^2 + (Y)\frac{1}{2}\{\max(0, m - D_W)\}^2
