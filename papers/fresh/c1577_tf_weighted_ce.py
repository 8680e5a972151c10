from h import *
rng=np.random.default_rng(1577); n=7; x=rng.normal(size=n)*3; z=(rng.random(n)<0.5).astype(float); q=2.5
X,Z=T(x),T(z); exp=-(q*Z*torch.nn.functional.logsigmoid(X)+(1-Z)*torch.nn.functional.logsigmoid(-X))
run('c1577_tf_weighted_ce', {'x':x,'z':z,'q':q}, exp.numpy(), fn='loss')
