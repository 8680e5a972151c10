from h import *
x=np.array([1.0,50.0,3.0,-2.0,49.0]); run('c261_lse', {'x':x}, torch.logsumexp(T(x),0).numpy(), fn='LSE')
