% ArcFace, Deng et al. (2019), Eq. 1: the softmax loss, x_i \in R^d the feature of the i-th sample of class y_i,
% W_j \in R^d the j-th column of the weight W \in R^{d x n} (prose), N the batch size
\boldsymbol{x} \in \mathbb{R}^{N \times d}, W \in \mathbb{R}^{d \times n}, b \in \mathbb{R}^{n}, y \in \{0, \dots, n-1\}^{N}

L_1 = -\frac{1}{N}\sum_{i=1}^{N}\log\frac{e^{W_{y_i}^T \boldsymbol{x}_i + b_{y_i}}}{\sum_{j=1}^{n} e^{W_j^T \boldsymbol{x}_i + b_j}}
