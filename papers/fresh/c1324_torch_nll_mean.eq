% PyTorch documentation, torch.nn.NLLLoss: the unreduced loss and the 'mean' reduction as printed (the
% ignore_index factor left out); x the log-probabilities (N, C), y_n in [0, C) the target, w the class weights
x \in \mathbb{R}^{N \times C}, y \in \{0, \dots, C-1\}^{N}, w \in \mathbb{R}^{C}

l_n = - w_{y_n} x_{n,y_n}
\ell(x, y) = \sum_{n=1}^N \frac{1}{\sum_{n=1}^N w_{y_n}} l_n
