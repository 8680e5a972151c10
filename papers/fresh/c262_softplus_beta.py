from h import *
x=np.linspace(-3,3,7); b=2.0; run('c262_softplus_beta', {'x':x,r'\beta':b}, torch.nn.functional.softplus(T(x),beta=b).numpy(), fn='Softplus')
