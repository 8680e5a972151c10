% Bishop & Bishop (2024), Sec. 5.4.4 (multiclass logistic regression), from memory of the printing: a_{nk} the
% activations, y_{nk} the softmax outputs, t_{nk} 1-of-K targets; the K vectors w_k stacked as the rows of \mathbf{w}
% (my declaration: the prose says w_k \in R^M), \boldsymbol{\phi}_n the rows of \boldsymbol{\phi} (N x M)
\mathbf{w} \in \mathbb{R}^{K \times M}, \boldsymbol{\phi} \in \mathbb{R}^{N \times M}, \mathbf{T} \in \mathbb{R}^{N \times K}

a_{nk} = \mathbf{w}_k^{\mathrm{T}} \boldsymbol{\phi}_n
y_{nk} = \frac{\exp(a_{nk})}{\sum_j \exp(a_{nj})}
E = -\sum_{n=1}^{N} \sum_{k=1}^{K} t_{nk} \ln y_{nk}
