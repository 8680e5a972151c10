from h import *
p=0.37; L=10; f=2.0**np.arange(L)*np.pi*p
run('c1485_nerf_posenc', {'p':p}, np.stack([np.sin(f),np.cos(f)],1).ravel(), fn=r'\gamma')
