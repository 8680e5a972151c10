from h import *
rng=np.random.default_rng(1638); n=8; s=0.05; z=7
x=np.array([-1.0,-0.3,-0.01,0.0,0.2,0.77,3.0,20.0])+rng.uniform(-0.004,0.004,size=n)
xi=torch.clamp(torch.round(T(x)/s)+z,0,255)
run('c1638_nagel_quant', {r'\mathbf{x}':x,'s':s,'z':z}, {'x_int':xi.numpy(), 'x_hat':(s*(xi-z)).numpy()}, fn=[r'\mathbf{x}_{\text{int}}', r'\widehat{\mathbf{x}}'])
