from h import *
# one entry equal to the mean, so W - alpha has an exact 0 there: Sign(0) = -1 by the paper's definition
W=np.array([[1.0,-2.0,0.5],[3.0,0.5,0.0]])  # mean 0.5 = W[1,1]
a=W.mean(); assert abs(W[1,1]-a)<1e-12
out=torch.where(T(W)-a>0,1.0,-1.0)
run('c1640_bitnet_sign', {'W':W}, out.numpy(), fn=r'\widetilde{W}')
