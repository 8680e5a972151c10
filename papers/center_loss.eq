% A discriminative feature learning approach for deep face recognition, Wen et al. (2016), Eq. 1
% (softmax loss; W_j is the j-th column of W) and Eq. 2 (center loss; c_{y_i} the class center, a row
% of c) over a mini-batch of m; labels count from 0, as the --input holds them
\boldsymbol{x} \in \mathbb{R}^{m \times d}, W \in \mathbb{R}^{d \times n}, \boldsymbol{b} \in \mathbb{R}^{n}, \boldsymbol{c} \in \mathbb{R}^{n \times d}, y \in \mathbb{N}^{m}

\mathcal{L}_S = -\sum_{i=1}^{m} \log \frac{e^{W_{y_i}^T \boldsymbol{x}_i + b_{y_i}}}{\sum_{j=1}^{n} e^{W_j^T \boldsymbol{x}_i + b_j}}
\mathcal{L}_C = \frac{1}{2} \sum_{i=1}^{m} \|\boldsymbol{x}_i - \boldsymbol{c}_{y_i}\|_2^2
