% Softmax cross-entropy written with the target term apart (as in the CS231n notes and margin-loss papers):
% z the logits of one example, y its class counted from 0 (\mathbb{N}, as PyTorch's class indices)
z \in \mathbb{R}^{C}, y \in \mathbb{N}

L = -z_y + \log\left(e^{z_y} + \sum_{j \neq y} e^{z_j}\right)
