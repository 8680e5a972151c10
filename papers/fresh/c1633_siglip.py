from h import *
rng=np.random.default_rng(1633); B,d=4,3
x=rng.normal(size=(B,d)); x/=np.linalg.norm(x,axis=1,keepdims=True); y=rng.normal(size=(B,d)); y/=np.linalg.norm(y,axis=1,keepdims=True)
z=2*np.eye(B)-1; t,b=2.0,-1.0
# as printed, log 1/(1 + e^{z_ij(-t x_i.y_j + b)}) = logsigmoid(z_ij (t x_i.y_j - b)); the released code's logits are
# t x.y + b (b starts at -10): the printing's sign of b differs, and the reference follows the printing
logits=t*T(x)@T(y).T-b
out=-torch.nn.functional.logsigmoid(T(z)*logits).sum()/B
run('c1633_siglip', {r'\mathbf{x}':x, r'\mathbf{y}':y, 'z':z, 't':t, 'b':b}, out.numpy())
