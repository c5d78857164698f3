import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebCoachFeatureExerciseLibrary } from './web-coach-feature-exercise-library';

describe('WebCoachFeatureExerciseLibrary', () => {
  let component: WebCoachFeatureExerciseLibrary;
  let fixture: ComponentFixture<WebCoachFeatureExerciseLibrary>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebCoachFeatureExerciseLibrary],
    }).compileComponents();

    fixture = TestBed.createComponent(WebCoachFeatureExerciseLibrary);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
