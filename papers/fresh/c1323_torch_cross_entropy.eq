% PyTorch documentation, torch.nn.CrossEntropyLoss, the unreduced loss with class indices as printed (the
% ignore_index factor left out); x the input of shape (N, C), y_n in [0, C) the target, w the class weights
x \in \mathbb{R}^{N \times C}, y \in \{0, \dots, C-1\}^{N}, w \in \mathbb{R}^{C}

l_n = - w_{y_n} \log \frac{\exp(x_{n,y_n})}{\sum_{c=1}^C \exp(x_{n,c})}
