% Jurafsky & Martin, Speech and Language Processing (3rd ed. draft), Ch. 5, Eq. 5.31 (softmax) as printed with its
% "1 <= i <= K" tail; z the K scores (prose). Printing as remembered (not fetched).
z \in \mathbb{R}^{K}

\text{softmax}(z_i) = \frac{\exp{(z_i)}}{\sum_{j=1}^K \exp{(z_j)}} \ \ 1 \leq i \leq K
