from h import *
x=np.linspace(-2,2,17); l=0.5; run('c306_softshrink', {'x':x,r'\lambda':l}, torch.nn.functional.softshrink(T(x),l).numpy(), fn=r'\text{SoftShrinkage}')
