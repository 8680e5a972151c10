from h import *
rng=np.random.default_rng(1157); C=5; z=rng.normal(size=C); n=rng.integers(5,100,C).astype(float); y=3; b=0.99
run('c1157_class_balanced', {r'\mathbf{z}':z,'n':n,'y':y+1,r'\beta':b}, -(1-b)/(1-b**n[y])*torch.log_softmax(T(z),0)[y].numpy())
