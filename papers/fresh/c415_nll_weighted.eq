% NLLLoss as PyTorch's documentation prints it (reduction='mean'): x the log-probabilities of N samples
% over C classes, w the class weights, y_n the target of sample n (counted from 0, as PyTorch)
x \in \mathbb{R}^{N \times C}, w \in \mathbb{R}^{C}, y \in \{0, \dots, C-1\}^{N}

l_n = -w_{y_n} x_{n,y_n}
\ell = \sum_{n=1}^{N} \frac{1}{\sum_{n=1}^{N} w_{y_n}} l_n
